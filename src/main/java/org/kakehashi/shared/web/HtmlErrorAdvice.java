package org.kakehashi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.WrongStateException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
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

	/**
	 * A page address or form that cannot be read (an unknown filter value, a missing or
	 * malformed parameter, input no form on the page would send) is the reader's mistake:
	 * a 400 page in their language, never a 500.
	 */
	@ExceptionHandler({ IllegalArgumentException.class, InvalidInputException.class, TypeMismatchException.class,
			ServletRequestBindingException.class, InvalidParameterException.class })
	String badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("status", 400).addAttribute(LanguageLinks.ATTRIBUTE, LanguageLinks.of(request));
		return "error/400";
	}

	/**
	 * Someone else changed the thing meanwhile: its version, or its state (a request
	 * answered in another tab).
	 */
	@ExceptionHandler({ ConcurrentEditException.class, WrongStateException.class })
	String conflict(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(409);
		model.addAttribute("status", 409).addAttribute(LanguageLinks.ATTRIBUTE, LanguageLinks.of(request));
		return "error/409";
	}

}
