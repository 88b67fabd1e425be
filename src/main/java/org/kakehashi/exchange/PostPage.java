package org.kakehashi.exchange;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A post as one reader sees it on its page.
 *
 * @param readers read receipts, only for the author's cluster (null for everyone else)
 */
public record PostPage(Post post, List<PostComment> comments, List<Attachment> attachments,
		@Nullable List<ReadReceipt> readers, boolean mayEdit, boolean mayComment) {
}
