package dev.careshop.adapter.web.shop.user;

/** Shape rules the user request bodies share. */
final class UserRequests {

    /** The domain's username rule; surrounding white space is trimmed by the domain. */
    static final String USERNAME_PATTERN = "^\\s*[A-Za-z0-9_.-]{3,50}\\s*$";
    static final String USERNAME_MESSAGE = "must be 3 to 50 of the characters A-Z, a-z, 0-9, '_', '.' and '-'";

    private UserRequests() {
    }
}
