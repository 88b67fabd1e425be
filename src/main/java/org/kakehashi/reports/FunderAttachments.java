package org.kakehashi.reports;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserDeleted;
import org.kakehashi.reports.internal.FunderAttachmentRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which funders may read which partnerships' reports. Administrators attach a funder
 * account (role FUNDER) to the partnerships its programme funds; a deleted account loses
 * its attachments.
 */
@Service
public class FunderAttachments {

	private final FunderAttachmentRepository repository;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FunderAttachments(FunderAttachmentRepository repository, AccountService accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	public List<FunderAttachment> all() {
		return repository.findAll();
	}

	public Set<Partnership> attachedTo(String username) {
		return Set.copyOf(repository.findByUsername(username));
	}

	/**
	 * Attaches funder {@code username} to {@code partnership}; nothing happens when it is
	 * attached already.
	 * @throws NotFoundException when there is no such user
	 * @throws InvalidAttachmentException when the user is no funder
	 */
	@Transactional
	public boolean attach(CurrentUser admin, String username, Partnership partnership) {
		requireAdmin(admin);
		if (accounts.roleOf(username) != Role.FUNDER) {
			throw new InvalidAttachmentException("only funder accounts are attached to partnerships");
		}
		boolean added = repository.insert(username, partnership, admin.username(), clock.instant());
		if (added) {
			events.publishEvent(AuditEntry.by(admin, "funder.attached", "partnership", key(partnership), username));
		}
		return added;
	}

	@Transactional
	public boolean detach(CurrentUser admin, String username, Partnership partnership) {
		requireAdmin(admin);
		boolean removed = repository.delete(username, partnership);
		if (removed) {
			events.publishEvent(AuditEntry.by(admin, "funder.detached", "partnership", key(partnership), username));
		}
		return removed;
	}

	@ApplicationModuleListener
	void on(UserDeleted deleted) {
		repository.deleteAll(deleted.username());
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("funders are attached by administrators");
		}
	}

	private static String key(Partnership p) {
		return p.first() + "/" + p.second();
	}

}
