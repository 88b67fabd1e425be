package org.kakehashi.exchange;

import java.nio.file.Path;

/** An attachment a reader may download, with where its file lies. */
public record AttachmentFile(Attachment attachment, Path path) {
}
