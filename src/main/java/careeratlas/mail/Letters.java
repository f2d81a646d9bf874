package careeratlas.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The two parts of every e-mail the site sends. */
@CheckedTemplate(basePath = "Letters")
public class Letters {

    public static native TemplateInstance text(Letter letter, String siteUrl);

    public static native TemplateInstance html(Letter letter, String siteUrl);
}
