package org.kakehashi.agreements.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.kakehashi.agreements.AgreementDocuments;
import org.kakehashi.agreements.AgreementDocuments.DocumentFile;
import org.kakehashi.agreements.InvalidDocumentException;
import org.kakehashi.shared.CurrentUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload, download and delete of an agreement's PDF documents. */
@Controller
class AgreementDocumentController {

	private final AgreementDocuments documents;

	AgreementDocumentController(AgreementDocuments documents) {
		this.documents = documents;
	}

	@PostMapping("/agreements/{id}/documents")
	String upload(@PathVariable String id, CurrentUser user, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			documents.upload(user, id, file.getOriginalFilename(), file.getContentType(), file.getInputStream());
			redirect.addFlashAttribute("message", "document.uploaded");
		}
		catch (InvalidDocumentException ex) {
			redirect.addFlashAttribute("error", "document.error." + ex.code());
		}
		return "redirect:/agreements/" + id + "#documents";
	}

	@GetMapping("/agreements/{id}/documents/{documentId}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String documentId) {
		DocumentFile file = documents.open(id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.document().size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new FileSystemResource(file.path()));
	}

	@PostMapping("/agreements/{id}/documents/{documentId}/delete")
	String delete(@PathVariable String id, @PathVariable String documentId, CurrentUser user,
			RedirectAttributes redirect) {
		documents.delete(user, id, documentId);
		redirect.addFlashAttribute("message", "document.deleted");
		return "redirect:/agreements/" + id + "#documents";
	}

}
