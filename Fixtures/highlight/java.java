package com.example.blog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An immutable blog post with a slug derived from its title.
 */
public final class Post implements Comparable<Post> {
    private static final long MAX_BYTES = 1_048_576L;
    private static final double EPSILON = 1e-9;

    private final String title;
    private final Instant published;
    private final List<String> tags;

    public Post(String title, Instant published, List<String> tags) {
        this.title = Objects.requireNonNull(title, "title");
        this.published = published;
        this.tags = List.copyOf(tags);
    }

    public String slug() {
        return title.toLowerCase()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    @Override
    public int compareTo(Post other) {
        int byDate = other.published.compareTo(published);
        return byDate != 0 ? byDate : slug().compareTo(other.slug());
    }

    @Override
    public String toString() {
        char quote = '"';
        String tagList = tags.stream().map(t -> "#" + t).collect(Collectors.joining(", "));
        return """
            Post[%s] "%s" (%s)\
            """.formatted(slug(), title, tagList) + quote + 0x1F;
    }

    public boolean isLarge(byte[] body) {
        return body != null && body.length > MAX_BYTES * EPSILON;
    }
}
