package org.kakehashi.agreements.web;

import java.time.LocalDate;

import org.kakehashi.agreements.Assessment;
import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.agreements.CommitmentTracking;
import org.kakehashi.shared.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A manager's assessment of a commitment in a period, for what the system cannot count.
 */
@Controller
class CommitmentController {

	private final CommitmentTracking tracking;

	CommitmentController(CommitmentTracking tracking) {
		this.tracking = tracking;
	}

	@PostMapping("/agreements/{id}/commitments/{number}/assessments")
	String assess(@PathVariable String id, @PathVariable int number, CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
			@RequestParam String verdict, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		CommitmentState state = Assessment.VERDICTS.stream()
			.filter(v -> v.code().equals(verdict))
			.findFirst()
			.orElse(null);
		if (state == null || note.isBlank() || note.length() > 2000) {
			redirect.addFlashAttribute("error", "commitment.assessment.noteRequired");
			return "redirect:/agreements/" + id + "#commitment-" + number;
		}
		tracking.assess(user, id, number, periodStart, state, note);
		redirect.addFlashAttribute("message", "commitment.assessment.saved");
		return "redirect:/agreements/" + id + "#commitment-" + number;
	}

}
