package org.kakehashi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Domain exceptions on HTML pages become localized error pages with the right status,
 * never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrorAdvice {

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("status", 404).addAttribute(LanguageLinks.ATTRIBUTE, LanguageLinks.of(request));
		return "error/404";
	}

	@ExceptionHandler(ForbiddenException.class)
	String forbidden(ForbiddenException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(403);
		model.addAttribute("status", 403).addAttribute(LanguageLinks.ATTRIBUTE, LanguageLinks.of(request));
		return "error/403";
	}

	@ExceptionHandler(ConcurrentEditException.class)
	String conflict(ConcurrentEditException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(409);
		model.addAttribute("status", 409).addAttribute(LanguageLinks.ATTRIBUTE, LanguageLinks.of(request));
		return "error/409";
	}

}
