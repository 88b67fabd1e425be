package org.kakehashi.exchange.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * What the exchange pages share: cluster names by id, and rule problems shown on form
 * fields.
 */
@Component
class ExchangeWebSupport {

	private final DirectoryService directory;

	ExchangeWebSupport(DirectoryService directory) {
		this.directory = directory;
	}

	Map<String, Cluster> clusters() {
		Map<String, Cluster> map = new LinkedHashMap<>();
		directory.clusters().forEach(c -> map.put(c.id(), c));
		return map;
	}

	/**
	 * Puts each problem on the form field it names ("title.de" → titleDe), else on the
	 * form.
	 */
	static void reject(BindingResult errors, Iterable<FieldProblem> problems, java.util.Set<String> fields) {
		for (FieldProblem p : problems) {
			String field = p.field();
			int dot = field.indexOf('.');
			if (dot > 0) {
				field = field.substring(0, dot) + Character.toUpperCase(field.charAt(dot + 1))
						+ field.substring(dot + 2);
			}
			else if (fields.contains(field + "En")) {
				field = field + "En";
			}
			if (fields.contains(field)) {
				errors.rejectValue(field, "exchange.invalid." + field, p.message());
			}
			else {
				errors.reject("exchange.invalid", p.message());
			}
		}
	}

}
