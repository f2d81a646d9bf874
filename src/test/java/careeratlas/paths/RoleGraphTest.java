package careeratlas.paths;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Skill distance and shortest paths on graphs small enough to work out by hand. */
class RoleGraphTest {

    /*
     * a = {1, 2, 3, 4}, b = {3, 4, 5, 6}, c = {5, 6, 7, 8}, e = {1, x, y, z}
     * d(a, b) = 1 - |{3, 4}| / |{1..6}| = 1 - 2/6 = 2/3; d(b, c) = 2/3 likewise; d(a, c) = 1 - 0/8 = 1
     * d(a, e) = 1 - |{1}| / 7 = 6/7; d(b, e) = d(c, e) = 1
     * With one neighbour each: a's closest is b (2/3), b's is a (2/3, tied with c, a comes first), c's is b (2/3),
     * e's is a (6/7). Joins: a-b, b-c, e-a.
     */
    static Map<String, Set<String>> items() {
        Map<String, Set<String>> items = new LinkedHashMap<>();
        items.put("a", Set.of("1", "2", "3", "4"));
        items.put("b", Set.of("3", "4", "5", "6"));
        items.put("c", Set.of("5", "6", "7", "8"));
        items.put("e", Set.of("1", "x", "y", "z"));
        return items;
    }

    @Test
    void jaccardDistanceByHand() {
        RoleGraph g = new RoleGraph(items(), 1);
        assertEquals(2.0 / 3, g.distance("a", "b"), 1e-9);
        assertEquals(1.0, g.distance("a", "c"), 1e-9);
        assertEquals(6.0 / 7, g.distance("a", "e"), 1e-9);
        assertEquals(0.0, RoleGraph.jaccardDistance(Set.of("p"), Set.of("p")), 1e-9);
        assertEquals(0.0, RoleGraph.jaccardDistance(Set.of(), Set.of()), 1e-9);
    }

    @Test
    void eachRoleIsJoinedToItsClosest() {
        RoleGraph g = new RoleGraph(items(), 1);
        assertTrue(g.joined("a", "b") && g.joined("b", "a") && g.joined("b", "c") && g.joined("e", "a"));
        assertFalse(g.joined("a", "c"));
        assertFalse(g.joined("b", "e"));
        assertFalse(g.joined("c", "e"));
    }

    @Test
    void thePathGoesThroughTheRolesInBetween() {
        RoleGraph g = new RoleGraph(items(), 1);
        assertEquals(List.of("a", "b", "c"), g.shortestPath("a", "c"));
        assertEquals(4.0 / 3, g.cost(g.shortestPath("a", "c")), 1e-9);
        assertEquals(List.of("e", "a", "b", "c"), g.shortestPath("e", "c"));
        assertEquals(6.0 / 7 + 4.0 / 3, g.cost(g.shortestPath("e", "c")), 1e-9, "46/21");
        assertEquals(List.of("c", "b", "a", "e"), g.shortestPath("c", "e"));
        assertEquals(List.of("a", "b"), g.shortestPath("a", "b"));
    }

    @Test
    void joiningEveryRoleWouldMakeEveryMoveDirect() {
        // All joined (3 neighbours of 4 roles): a to c directly costs 1, less than 2/3 + 2/3 through b.
        RoleGraph g = new RoleGraph(items(), 3);
        assertEquals(List.of("a", "c"), g.shortestPath("a", "c"));
        assertEquals(List.of("e", "c"), g.shortestPath("e", "c"));
    }

    @Test
    void rolesNotLinkedByAnyChainMoveDirectly() {
        // p-q and r-s are each other's closest; nothing joins the two pairs.
        Map<String, Set<String>> items = new LinkedHashMap<>();
        items.put("p", Set.of("1", "2"));
        items.put("q", Set.of("1", "2", "3"));
        items.put("r", Set.of("8", "9"));
        items.put("s", Set.of("7", "8", "9"));
        RoleGraph g = new RoleGraph(items, 1);
        assertEquals(List.of("p", "r"), g.shortestPath("p", "r"));
        assertFalse(g.joined("p", "r"));
        assertEquals(List.of("p", "q"), g.shortestPath("p", "q"));
    }

    @Test
    void builtFromTheVocabularyWithSkillsAndToolsApart() {
        // A skill and a tool with the same slug are different items: x = {skill:p, tool:p}, y = {skill:p}
        var x = Vocabularies.needs(Vocabularies.role(1, "x"), List.of("p"), List.of("p"));
        var y = Vocabularies.needs(Vocabularies.role(2, "y"), List.of("p"), List.of());
        RoleGraph g = RoleGraph.of(Vocabularies.of(List.of(x, y)));
        assertEquals(0.5, g.distance("x", "y"), 1e-9);
        assertTrue(g.joined("x", "y"));
    }
}
