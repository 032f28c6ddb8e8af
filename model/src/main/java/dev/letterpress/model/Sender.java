package dev.letterpress.model;

/**
 * The letterhead: who writes the letter and how to reach them.
 *
 * @param name     full name; never blank
 * @param headline one-line professional summary, or null
 * @param email    e-mail address, or null
 * @param phone    phone number, or null
 * @param location city / country, or null
 * @param links    public links; never null
 */
public record Sender(String name, String headline, String email, String phone, String location, Links links) {
    /**
     * Validates the sender.
     *
     * @param name     full name; never blank
     * @param headline one-line professional summary, or null
     * @param email    e-mail address, or null
     * @param phone    phone number, or null
     * @param location city / country, or null
     * @param links    public links; never null
     * @throws IllegalArgumentException when the name is blank or the e-mail malformed
     */
    public Sender {
        name = Checks.required("Sender", "name", name);
        headline = Checks.optional(headline);
        email = Checks.email("Sender", "email", email);
        phone = Checks.optional(phone);
        location = Checks.optional(location);
        links = links == null ? Links.NONE : links;
    }
}
