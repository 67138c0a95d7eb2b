using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Interop.Cli.Load;

/// <summary>The host's operator message API, read with an operator token.</summary>
internal sealed class OperatorApi(HttpClient http, Uri baseUrl, string token)
{
    private const int PageSize = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The ids of every message in <paramref name="status"/> received at or after <paramref name="from"/>, all pages.</summary>
    public async Task<IReadOnlyList<string>> SearchIdsAsync(string status, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        string? continuation = null;
        do
        {
            var query = $"api/messages?status={status}&limit={PageSize}&from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}"
                + (continuation is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuation)}");
            var page = await GetAsync<ApiPage>(query, cancellationToken)
                ?? throw new HttpRequestException($"the message search answered with no page for status {status}");
            ids.AddRange(page.Items.Select(item => item.Id));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);

        return ids;
    }

    /// <summary>The message <paramref name="id"/>, or null when the host does not know it.</summary>
    public Task<ApiMessage?> FindAsync(string id, CancellationToken cancellationToken) =>
        GetAsync<ApiMessage>($"api/messages/{Uri.EscapeDataString(id)}", cancellationToken);

    private async Task<T?> GetAsync<T>(string relative, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }
}
