package careeratlas.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The Nu HTML Checker (the engine behind validator.w3.org/nu) run as a library on rendered pages. */
public final class HtmlValidator {

    private HtmlValidator() {
    }

    /** The checker's errors for a document; warnings are left out. */
    public static List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe(e));
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator();
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker could not run", e);
        }
        return errors;
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }
}
