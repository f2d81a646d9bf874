package careeratlas.web;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;

/** Number formats for templates: {@code {value.money}} gives "95,000". */
@TemplateExtension
public class TemplateExtensions {

    static String money(Double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** {@code {count.thousands}} gives "74,301". */
    static String thousands(Long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
