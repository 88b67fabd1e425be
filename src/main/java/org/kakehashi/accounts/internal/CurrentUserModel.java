package org.kakehashi.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModel {

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser() {
		return WebConfig.current();
	}

}
