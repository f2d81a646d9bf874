package careeratlas.sidebar;

import java.util.List;

/** A featured job as the sidebar shows it: plain view data. */
public record FeaturedJob(String url, String title, String company, String location, List<String> types,
                          String level, String salary) {
}
