package org.kakehashi.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.kakehashi.agreements.AgreementDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the uploaded documents; {@code stored_name} says where the file is. */
@Repository
public class DocumentRepository {

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(AgreementDocument document, String storedName) {
	}

	public List<AgreementDocument> of(String agreementId) {
		return jdbc.sql("select * from agreement_document where agreement_id = ? order by uploaded_at, id")
			.param(agreementId)
			.query(DocumentRepository::row)
			.list()
			.stream()
			.map(Row::document)
			.toList();
	}

	public Optional<Row> find(String agreementId, String id) {
		return jdbc.sql("select * from agreement_document where agreement_id = ? and id = ?")
			.params(agreementId, id)
			.query(DocumentRepository::row)
			.optional();
	}

	public void insert(AgreementDocument d, String storedName) {
		jdbc.sql(
				"""
						insert into agreement_document (id, agreement_id, file_name, stored_name, content_type, size_bytes, sha256,
						                                uploaded_by, uploaded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.agreementId(), d.fileName(), storedName, d.contentType(), d.size(), d.sha256(),
					d.uploadedBy(), d.uploadedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	public void delete(String id) {
		jdbc.sql("delete from agreement_document where id = ?").param(id).update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(
				new AgreementDocument(rs.getString("id"), rs.getString("agreement_id"), rs.getString("file_name"),
						rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
						rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()),
				rs.getString("stored_name"));
	}

}
