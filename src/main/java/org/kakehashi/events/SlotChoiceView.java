package org.kakehashi.events;

/**
 * One cell of a participant's availability grid.
 *
 * @param workingHours false for online events when the slot lies outside the
 * participant's working hours (then it cannot be marked)
 */
public record SlotChoiceView(EventSlot slot, boolean available, boolean workingHours) {
}
