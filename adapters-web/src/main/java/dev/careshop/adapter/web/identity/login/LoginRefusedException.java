package dev.careshop.adapter.web.identity.login;

/** The login was refused: 401, worded the same whether the user is unknown, inactive or the password wrong. */
public class LoginRefusedException extends RuntimeException {

    /** The challenge every 401 of this API carries (RFC 9110 requires one; RFC 6750 defines the scheme). */
    public static final String CHALLENGE = "Bearer realm=\"careshop\"";

    LoginRefusedException() {
        super("The username or password is wrong, or the account is inactive.");
    }
}
