package org.kakehashi.agreements;

/**
 * One invalid field of an agreement as entered.
 *
 * @param field the field in the API's terms, e.g. {@code parties} or
 * {@code commitments[2].minimum}
 * @param code what is wrong, e.g. {@code required}; pages show message
 * {@code agreement.error.<code>}
 */
public record AgreementProblem(String field, String code) {
}
