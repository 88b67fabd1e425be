package org.kakehashi.thesaurus;

/**
 * A topic a form offers to pick: the concept id is what the form submits and stores, the
 * label (in the reader's language) and the group's name are all the reader sees, so no
 * form shows an id.
 *
 * @param code the concept id, e.g. {@code cell-therapy}
 * @param label the preferred label in the reader's language
 * @param group the concept's group, e.g. {@code modality} (shown through message
 * {@code thesaurus.group.<group>})
 */
public record TopicChoice(String code, String label, String group) {
}
