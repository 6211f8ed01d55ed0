package dev.careshop.adapter.web.shared;

import dev.careshop.domain.shared.EmailAddress;
import org.springframework.stereotype.Component;

/** Conversions between the domain's small value objects and the plain JSON values clients send and receive. */
@Component
public class WebValueMapper {

    public EmailAddress toEmail(String value) {
        return EmailAddress.ofNullable(value);
    }

    public String fromEmail(EmailAddress email) {
        return email == null ? null : email.value();
    }
}
