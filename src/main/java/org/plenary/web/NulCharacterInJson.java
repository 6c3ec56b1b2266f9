package org.plenary.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses the NUL character (U+0000) in any text of a JSON body, as {@link NulCharacterFilter} does for parameters and
 * form fields: JSON may carry it escaped ({@code "\u0000"}), and PostgreSQL cannot store it in text. A Jackson module
 * (Boot registers module beans with its JSON mapper), so every JSON endpoint is covered, now and later; the API answers
 * 400 with a message naming the field ({@link ApiExceptionHandler}).
 */
@Component
class NulCharacterInJson extends SimpleModule {

    NulCharacterInJson() {
        super("plenary-nul-character");
        addDeserializer(String.class, new Refusing());
    }

    /** The text of a JSON field holds U+0000. */
    static final class NulInText extends MismatchedInputException {

        private final String field;

        NulInText(JsonParser parser, String field) {
            super(parser, "The value of \"" + field + "\" contains a NUL character (U+0000)", String.class);
            this.field = field;
        }

        String field() {
            return this.field;
        }
    }

    /** Jackson's own string deserializer, then the check. */
    private static final class Refusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                String field = parser.currentName();
                throw new NulInText(
                        parser,
                        (field != null)
                                ? field
                                : parser.streamReadContext().pathAsPointer().toString());
            }
            return text;
        }
    }
}
