package careeratlas.testing;

import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Fetches pages over real HTTP for the tests. */
public final class Html {

    private Html() {
    }

    public static Response get(String path) {
        return given().redirects().follow(false).accept("text/html").when().get(path);
    }
}
