package org.kakehashi.soak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form as a browser would submit it, read from a page with regular expressions (our own
 * Thymeleaf output, not arbitrary HTML): hidden and text inputs with their values,
 * checked boxes, the selected (or first) option of each single select. The driver can
 * then set fields before sending, as a person typing would.
 *
 * @param action the form's action path
 * @param fields the name/value pairs a browser would send, in page order
 * @param choices for each select or checkbox name, the values a person could pick
 */
record HtmlForm(String action, List<Map.Entry<String, String>> fields, Map<String, List<String>> choices) {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern CONTROL = Pattern.compile(
			"<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

	/** The forms on {@code html} whose action ends with {@code actionEnd}. */
	static List<HtmlForm> find(String html, String actionEnd) {
		List<HtmlForm> forms = new ArrayList<>();
		Matcher m = FORM.matcher(html);
		while (m.find()) {
			String action = attribute(m.group(1), "action");
			if (action != null && unescape(action).split("\\?")[0].endsWith(actionEnd)) {
				forms.add(parse(action, m.group(2)));
			}
		}
		return forms;
	}

	static Optional<HtmlForm> first(String html, String actionEnd) {
		return find(html, actionEnd).stream().findFirst();
	}

	private static HtmlForm parse(String action, String body) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Map<String, List<String>> choices = new LinkedHashMap<>();
		Matcher m = CONTROL.matcher(body);
		while (m.find()) {
			if (m.group(1) != null) {
				input(m.group(1), fields, choices);
			}
			else if (m.group(2) != null) {
				String name = attribute(m.group(2), "name");
				if (name != null) {
					fields.add(Map.entry(name, unescape(m.group(3).strip())));
				}
			}
			else {
				select(m.group(4), m.group(5), fields, choices);
			}
		}
		return new HtmlForm(unescape(action), fields, choices);
	}

	private static void input(String attributes, List<Map.Entry<String, String>> fields,
			Map<String, List<String>> choices) {
		String name = attribute(attributes, "name");
		String type = Optional.ofNullable(attribute(attributes, "type")).orElse("text");
		if (name == null || type.equals("submit") || type.equals("file") || type.equals("button")) {
			return;
		}
		String value = Optional.ofNullable(attribute(attributes, "value")).orElse(type.equals("checkbox") ? "on" : "");
		if (type.equals("checkbox") || type.equals("radio")) {
			choices.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			if (!attributes.matches("(?s).*\\schecked\\b.*")) {
				return;
			}
		}
		fields.add(Map.entry(name, value));
	}

	private static void select(String attributes, String options, List<Map.Entry<String, String>> fields,
			Map<String, List<String>> choices) {
		String name = attribute(attributes, "name");
		if (name == null) {
			return;
		}
		List<String> values = new ArrayList<>();
		String selected = null;
		Matcher m = OPTION.matcher(options);
		while (m.find()) {
			String value = Optional.ofNullable(attribute(m.group(1), "value")).orElse("");
			values.add(value);
			if (selected == null && m.group(1).matches("(?s).*\\sselected\\b.*")) {
				selected = value;
			}
		}
		choices.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
		boolean multiple = attributes.matches("(?s).*\\smultiple\\b.*");
		if (selected == null && !multiple && !values.isEmpty()) {
			selected = values.get(0);
		}
		if (selected != null) {
			fields.add(Map.entry(name, selected));
		}
	}

	/** This form with {@code name} set to {@code value} (replacing what the page had). */
	HtmlForm with(String name, String value) {
		List<Map.Entry<String, String>> changed = new ArrayList<>(
				fields.stream().filter(f -> !f.getKey().equals(name)).toList());
		changed.add(Map.entry(name, value));
		return new HtmlForm(action, changed, choices);
	}

	/**
	 * This form with {@code name} set to the first value the page offers for it, if any.
	 */
	HtmlForm withFirstChoice(String name) {
		List<String> offered = choices.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
		return offered.isEmpty() ? this : with(name, offered.get(0));
	}

	/** This form with {@code name} set to one of the values the page offers, if any. */
	HtmlForm withRandomChoice(String name, RandomGenerator random) {
		List<String> offered = choices.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
		return offered.isEmpty() ? this : with(name, offered.get(random.nextInt(offered.size())));
	}

	Optional<String> value(String name) {
		return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
	}

	static String attribute(String attributes, String name) {
		Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
		return m.find() ? unescape(m.group(1)) : null;
	}

	static String unescape(String s) {
		return s.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
