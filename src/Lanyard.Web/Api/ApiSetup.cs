using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lanyard.Core.Users;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Lanyard.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c> and its OpenAPI document at <c>/openapi/v1.json</c>. Every API
/// endpoint is mapped into one group here, which gives each the same treatment: a signed-in member
/// of staff (401, not a redirect, when not), <see cref="RequestedWithFilter"/> against cross-site
/// requests, one <see cref="UnitOfWorkEndpointFilter"/> owning the transaction, and error statuses
/// left as they are rather than replaced by the HTML error page. A feature adds its endpoints with
/// its own <c>Map…Endpoints</c> method and one line in <see cref="MapLanyardApi"/>. Every error under
/// <c>/api</c> is problem details (RFC 7807) or an empty 401/403, never the HTML error page.
/// </summary>
internal static class ApiSetup
{
    /// <summary>The name of the sign-in cookie, for the OpenAPI document's security scheme.</summary>
    private const string SignInCookie = "Lanyard.SignIn";

    /// <summary>
    /// JSON as the CLI writes it (<c>LanyardJson</c>): camelCase, enum values in the kebab case packs use.
    /// Unlike the CLI, absent values are written as null, so every member the OpenAPI document lists is
    /// always there. And the OpenAPI document, with the sign-in cookie and the cross-site header in it.
    /// </summary>
    public static void AddLanyardApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Integers are refused for enums (a number would slip past as an undefined value) and strings
            // for numbers: a caller learns the contract from the first mistake rather than relying on leniency.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Lanyard API",
                    Version = "v1",
                    Description = "Checks against a school's social media policy pack and registers. Sign in at /account/sign-in first: "
                        + "the API uses the same cookie as the pages. Send X-Requested-With: lanyard with every request that is not a GET.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
                document.Components.SecuritySchemes["signIn"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = SignInCookie,
                    Description = "The cookie set by signing in at /account/sign-in.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("signIn", document)] = [] }];
                return Task.CompletedTask;
            });
            // An enum used first as a nullable property comes out with null among its values and no type;
            // where it is nullable, the property already says so (oneOf null or the enum).
            options.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Enum is { Count: > 0 } values && values.Any(v => v?.GetValueKind() == JsonValueKind.String))
                {
                    schema.Enum = [.. values.Where(v => v is not null)];
                    schema.Type = JsonSchemaType.String;
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (!RequestedWithFilter.IsSafe(context.Description.HttpMethod ?? HttpMethods.Get))
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = RequestedWithFilter.Header,
                        In = ParameterLocation.Header,
                        Required = true,
                        Description = "Shows the request was not made by another site through a signed-in browser.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(RequestedWithFilter.Value)] },
                    });
                }

                return Task.CompletedTask;
            });
        });
    }

    /// <summary>Maps the <c>/api</c> group with every feature's endpoints, and the OpenAPI document.</summary>
    public static void MapLanyardApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api")
            .RequireAuthorization(AccessPolicies.Staff)
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .AddEndpointFilter<RequestedWithFilter>()
            .AddEndpointFilter<UnitOfWorkEndpointFilter>();

        api.MapCheckEndpoints();
        api.MapConnectionEndpoints();

        app.MapOpenApi().RequireAuthorization(AccessPolicies.Staff);

        // Errors that no endpoint of the group answers (no such route, a method or content type the
        // route does not take) come back as problem details too, not as the HTML error page. This runs
        // after authorisation, whose 401 and 403 the group's metadata already keeps from the error page.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), branch => branch.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            await next(context);
            var response = context.Response;
            if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                await TypedResults.Problem(statusCode: response.StatusCode).ExecuteAsync(context);
            }
        }));
    }
}
