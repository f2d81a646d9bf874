package careeratlas.admin;

import careeratlas.testing.AdminSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admins add admins and change their own password. */
@QuarkusTest
class AdminUsersTest {

    @Test
    void anAdminAddsAnotherWhoCanSignInAndChangeTheirPassword() {
        AdminSession admin = AdminSession.signIn();
        String name = "editor-" + UUID.randomUUID().toString().substring(0, 6);

        Response tooShort = admin.post("/admin/users", Map.of("username", name, "password", "short", "confirm", "short", "current", AdminSession.PASSWORD));
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.asString().contains("Use at least 12 characters."));
        assertTrue(tooShort.asString().contains("value=\"" + name + "\""), "the username is kept");

        Response mismatch = admin.post("/admin/users", Map.of("username", name, "password", "a-long-password-1", "confirm", "a-long-password-2", "current", AdminSession.PASSWORD));
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.asString().contains("The two passwords are not the same."));

        Response added = admin.post("/admin/users", Map.of("username", name, "password", "a-long-password-1", "confirm", "a-long-password-1", "current", AdminSession.PASSWORD));
        assertEquals(303, added.statusCode());
        assertEquals("admin", QuarkusTransaction.requiringNew().call(() -> AdminUser.findByUsername(name).orElseThrow().createdBy));
        Response duplicate = admin.post("/admin/users", Map.of("username", name, "password", "a-long-password-1", "confirm", "a-long-password-1", "current", AdminSession.PASSWORD));
        assertTrue(duplicate.asString().contains("There is already an admin with that username."));

        AdminSession editor = AdminSession.signIn(name, "a-long-password-1");
        Response wrongCurrent = editor.post("/admin/account", Map.of("current", "nope", "password", "another-password-2", "confirm", "another-password-2"));
        assertEquals(400, wrongCurrent.statusCode());
        assertTrue(wrongCurrent.asString().contains("That is not your current password."));

        Response changed = editor.post("/admin/account", Map.of("current", "a-long-password-1", "password", "another-password-2", "confirm", "another-password-2"));
        assertEquals(303, changed.statusCode());
        assertTrue(AdminSession.login(name, "a-long-password-1").getHeader("Location").contains("error"), "the old password no longer works");
        assertFalse(AdminSession.login(name, "another-password-2").getHeader("Location").contains("error"));
    }

    @Test
    void removingAnAdminEndsTheirSession() {
        String name = "temp-" + UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> AdminUser.create(name, "temporary-password-1", "test"));
        AdminSession temp = AdminSession.signIn(name, "temporary-password-1");
        assertEquals(200, temp.get("/admin").statusCode());
        QuarkusTransaction.requiringNew().run(() -> AdminUser.delete("username", name));
        assertEquals(302, temp.request().get("/admin").statusCode());
    }
}
