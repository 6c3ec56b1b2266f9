package org.plenary.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The UI texts of {@code messages.properties}, formatted with ICU's message format instead of the JDK's, for every
 * message, with arguments or without:
 * <ul>
 *   <li>plural forms: {@code {0, plural, one {# actor} other {# actors}}} reads "1 actor", "2 actors";</li>
 *   <li>an apostrophe is text as typed ("the line-up's columns"), and a doubled one, from the JDK's quoting, reads as
 *       one: the JDK format left "account''s" doubled whenever a message had no arguments.</li>
 * </ul>
 * A message that is not found falls back as Spring's message sources do (the default message, or an error).
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<String, Map<Locale, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale at = (locale != null) ? locale : Locale.ENGLISH;
        String pattern = resolveCodeWithoutArguments(code, at);
        if (pattern == null) {
            return super.getMessageInternal(code, args, at);
        }
        MessageFormat format = this.formats
                .computeIfAbsent(code, (key) -> new ConcurrentHashMap<>())
                .computeIfAbsent(at, (key) -> new MessageFormat(pattern, toUloc(key)));
        Object[] resolved = resolveArguments(args, at);
        synchronized (format) {
            return format.format((resolved != null) ? resolved : new Object[0]);
        }
    }

    private static com.ibm.icu.util.ULocale toUloc(Locale locale) {
        return com.ibm.icu.util.ULocale.forLocale(locale);
    }
}
