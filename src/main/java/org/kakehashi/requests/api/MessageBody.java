package org.kakehashi.requests.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kakehashi.requests.RequestThread;

/** {@code POST /api/v1/requests/{id}/messages}. */
record MessageBody(@NotBlank @Size(max = RequestThread.MAX_BODY) String body) {
}
