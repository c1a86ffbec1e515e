using System.Text.Json.Serialization;

namespace QuoteIndex.Api.Claims;

// The schema.org types that claims and reviews are published in (https://schema.org/Claim,
// https://schema.org/ClaimReview and Google's fact-check markup). Property names are schema.org's own.

/// <summary>A statement and where it appeared: schema.org <c>Claim</c>.</summary>
/// <param name="Context">"https://schema.org" on a top-level object; absent inside another.</param>
/// <param name="Type">"Claim".</param>
/// <param name="Id">The quote's address in this API.</param>
/// <param name="Text">The claimed statement, in the words of its first appearance.</param>
/// <param name="Author">The speaker, when known.</param>
/// <param name="DatePublished">When the statement was made (the stated day) or, failing that, first published.</param>
/// <param name="DateCreated">The day the statement was made, when the article states it.</param>
/// <param name="Appearance">Every known appearance, earliest published first.</param>
/// <param name="FirstAppearance">The earliest published appearance.</param>
public sealed record SchemaClaim(
    [property: JsonPropertyName("@context")] string? Context,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("@id")] string Id,
    string Text,
    SchemaAgent? Author,
    string? DatePublished,
    string? DateCreated,
    IReadOnlyList<SchemaNewsArticle> Appearance,
    SchemaNewsArticle FirstAppearance);

/// <summary>A schema.org <c>Person</c> or <c>Organization</c>.</summary>
/// <param name="Type">"Person" or "Organization".</param>
/// <param name="Name">The name.</param>
/// <param name="JobTitle">A person's role, when known.</param>
/// <param name="Affiliation">A person's organisation, when known.</param>
/// <param name="Url">An organisation's web address, when known.</param>
public sealed record SchemaAgent(
    [property: JsonPropertyName("@type")] string Type,
    string Name,
    string? JobTitle = null,
    SchemaAgent? Affiliation = null,
    string? Url = null);

/// <summary>An article a statement appeared in: schema.org <c>NewsArticle</c>.</summary>
/// <param name="Type">"NewsArticle".</param>
/// <param name="Url">The article's address, when known.</param>
/// <param name="Headline">Its title.</param>
/// <param name="Publisher">Its outlet.</param>
/// <param name="DatePublished">Its publication time (ISO 8601).</param>
public sealed record SchemaNewsArticle(
    [property: JsonPropertyName("@type")] string Type,
    string? Url,
    string? Headline,
    SchemaAgent? Publisher,
    string? DatePublished);

/// <summary>A fact-checker's review of a claim: schema.org <c>ClaimReview</c> with Google's required fields.</summary>
/// <param name="Type">"ClaimReview".</param>
/// <param name="Url">The page where the review is published.</param>
/// <param name="ClaimReviewed">The statement reviewed, in words.</param>
/// <param name="Author">The reviewing organisation.</param>
/// <param name="ReviewRating">The verdict.</param>
/// <param name="ItemReviewed">The claim reviewed.</param>
/// <param name="DatePublished">When the review was published, when given.</param>
public sealed record SchemaClaimReview(
    [property: JsonPropertyName("@type")] string Type,
    string Url,
    string ClaimReviewed,
    SchemaAgent Author,
    SchemaRating ReviewRating,
    SchemaClaim ItemReviewed,
    string? DatePublished);

/// <summary>A verdict: schema.org <c>Rating</c>; <c>alternateName</c> is the verdict in words.</summary>
public sealed record SchemaRating(
    [property: JsonPropertyName("@type")] string Type,
    string AlternateName,
    double? RatingValue,
    double? BestRating,
    double? WorstRating);

/// <summary>Several JSON-LD nodes in one document.</summary>
/// <param name="Context">"https://schema.org".</param>
/// <param name="Graph">The nodes.</param>
public sealed record SchemaGraph<T>(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@graph")] IReadOnlyList<T> Graph);
