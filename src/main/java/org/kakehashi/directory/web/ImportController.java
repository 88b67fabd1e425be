package org.kakehashi.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportFields;
import org.kakehashi.directory.ImportJob;
import org.kakehashi.directory.ImportJobs;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import page: upload JSONL, CSV or XLSX; spreadsheets get a column-mapping step; the
 * import runs in the background and its page polls the progress (htmx) until the report
 * is there.
 */
@Controller
class ImportController {

	private final ImportJobs jobs;

	private final DirectoryService directory;

	ImportController(ImportJobs jobs, DirectoryService directory) {
		this.jobs = jobs;
		this.directory = directory;
	}

	@GetMapping("/organizations/import")
	String page(CurrentUser user, Model model) {
		model.addAttribute("clusters", directory.clusters());
		model.addAttribute("jobs", jobs.jobs(user));
		return "directory/import";
	}

	@PostMapping("/organizations/import")
	String upload(CurrentUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String cluster, RedirectAttributes redirect) throws IOException {
		ImportJob job;
		try (InputStream in = file.getInputStream()) {
			job = jobs.upload(user, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), in,
					cluster);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/organizations/import";
		}
		return job.format().hasColumns() ? "redirect:/organizations/import/" + job.id() + "/mapping"
				: "redirect:/organizations/import/" + job.id();
	}

	@GetMapping("/organizations/import/{id}/mapping")
	String mapping(CurrentUser user, @PathVariable String id, Model model) {
		ImportJob job = jobs.job(user, id);
		if (job.state() != ImportJob.State.MAPPING) {
			return "redirect:/organizations/import/" + id;
		}
		model.addAttribute("job", job);
		model.addAttribute("proposed", jobs.proposedMapping(user, job));
		model.addAttribute("fields", ImportFields.ALL);
		return "directory/import-mapping";
	}

	/**
	 * The mapping form posts {@code col0 .. colN}: a field each, or empty to ignore the
	 * column.
	 */
	@PostMapping("/organizations/import/{id}/mapping")
	String start(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> form) {
		ImportJob job = jobs.job(user, id);
		List<String> fields = new ArrayList<>();
		for (int i = 0; i < job.header().size(); i++) {
			String field = form.getFirst("col" + i);
			fields.add(field == null ? "" : field);
		}
		jobs.start(user, id, fields);
		return "redirect:/organizations/import/" + id;
	}

	@GetMapping("/organizations/import/{id}")
	String job(CurrentUser user, @PathVariable String id, Model model) {
		model.addAttribute("job", jobs.job(user, id));
		return "directory/import-job";
	}

	@GetMapping("/organizations/import/{id}/progress")
	String progress(CurrentUser user, @PathVariable String id, Model model) {
		model.addAttribute("job", jobs.job(user, id));
		return "directory/import-job :: progress";
	}

}
