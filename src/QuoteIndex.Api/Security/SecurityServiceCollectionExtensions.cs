using Microsoft.AspNetCore.Authentication;

namespace QuoteIndex.Api.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>API-key authentication and the write policy; a malformed key hash stops the app at start.</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>()
            .Bind(configuration.GetSection(ApiKeyOptions.Section))
            .Validate(o => o.KeyHashes.All(h => ApiKeys.ParseHash(h) is not null),
                "Every Api:KeyHashes entry must be \"sha256:\" and 64 hex digits; `quoteindex api-key` makes one.")
            .ValidateOnStart();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.WritePolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
        return services;
    }
}
