package dev.letterpress.model;

/**
 * The signature under the closing.
 *
 * @param name  the signer's name; never blank
 * @param email e-mail address, or null
 * @param phone phone number, or null
 * @param link  link to the signer's code (GitHub) or site, or null
 */
public record Signature(String name, String email, String phone, String link) {
    /**
     * Validates the signature.
     *
     * @param name  the signer's name; never blank
     * @param email e-mail address, or null
     * @param phone phone number, or null
     * @param link  link to the signer's code (GitHub) or site, or null
     * @throws IllegalArgumentException when the name is blank or the e-mail or link malformed
     */
    public Signature {
        name = Checks.required("Signature", "name", name);
        email = Checks.email("Signature", "email", email);
        phone = Checks.optional(phone);
        link = Checks.url("Signature", "link", link);
    }
}
