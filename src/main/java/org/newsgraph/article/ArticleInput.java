package org.newsgraph.article;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.Lengths;

/** An article to ingest: its text and what is known about it. */
@Description("An article to ingest: its text and what is known about it")
@Input("ArticleInput")
public record ArticleInput(
        @NonNull @NotBlank @Size(max = Article.MAX_TEXT_CHARS) @Description("The article's full text, as published") String text,
        @Size(max = Lengths.TITLE) String title,
        @Size(max = Lengths.URL) String url,
        @Size(max = Lengths.NAME) String outlet,
        @Description("Publication day; relative dates such as \"Thursday\" in the text resolve against it") LocalDate publishedOn,
        @Size(max = 20) @Description("Authors, when not in the text") List<@Size(max = Lengths.NAME) String> byline) {
}
