namespace Starlette.Tests.Errors.DebugPage;

/// <summary>The debug page's exception chain: causes first, Python's sentence between a cause and what it caused.</summary>
public sealed class DebugPageChainTests
{
    [Fact]
    public async Task Html_InnerException_CauseFirstThenSentenceThenRaised()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() =>
        {
            try
            {
                throw new FormatException("the cause");
            }
            catch (FormatException cause)
            {
                throw new InvalidOperationException("the wrapper", cause);
            }
        }));

        Assert.Contains("<h2 class=\"error\">System.InvalidOperationException: the wrapper</h2>", html);
        var cause = html.IndexOf("<h3 class=\"exception-title\">System.FormatException: the cause</h3>", StringComparison.Ordinal);
        var sentence = html.IndexOf("<p class=\"cause\">The above exception was the direct cause of the following exception:</p>", StringComparison.Ordinal);
        var raised = html.IndexOf("<h3 class=\"exception-title\">System.InvalidOperationException: the wrapper</h3>", StringComparison.Ordinal);
        Assert.True(cause > 0 && cause < sentence && sentence < raised, html);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<details class=\"frame\" open>")); // each exception's own first frame
    }

    [Fact]
    public async Task Html_AggregateException_EveryInnerLabelledThenPluralSentence()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() =>
            throw new AggregateException("two failed", new TimeoutException("first"), new ArgumentException("second"))));

        var first = html.IndexOf("<span class=\"chain-label\">1 of 2</span>System.TimeoutException: first", StringComparison.Ordinal);
        var second = html.IndexOf("<span class=\"chain-label\">2 of 2</span>System.ArgumentException: second", StringComparison.Ordinal);
        var sentence = html.IndexOf("The above exceptions were the direct cause of the following exception:", StringComparison.Ordinal);
        var raised = html.IndexOf("<h3 class=\"exception-title\">System.AggregateException: two failed", StringComparison.Ordinal);
        Assert.True(first > 0 && first < second && second < sentence && sentence < raised, html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"cause\">"));
    }

    [Fact]
    public async Task Html_SelfReferencingChain_ListsEachExceptionOnce()
    {
        var inner = new InvalidOperationException("inner");
        var outer = new AggregateException("outer", inner, inner);
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() => throw outer));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "System.InvalidOperationException: inner</h3>"));
    }

    [Fact]
    public async Task Html_VeryDeepChain_CutAndStillShowsTheRaisedException()
    {
        Exception error = new FormatException("root");
        for (var i = 0; i < 100; i++) error = new InvalidOperationException("level " + i, error);
        var raised = error;
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() => throw raised));

        Assert.Contains("<h3 class=\"exception-title\">System.InvalidOperationException: level 99</h3>", html);
        Assert.DoesNotContain("<h3 class=\"exception-title\">System.FormatException: root</h3>", html);
        Assert.Contains("<h3 class=\"exception-title\">System.InvalidOperationException: level 67</h3>", html); // 32 causes deep
        Assert.DoesNotContain("<h3 class=\"exception-title\">System.InvalidOperationException: level 66</h3>", html);
        Assert.Equal(33, System.Text.RegularExpressions.Regex.Count(html, "<section class=\"exception\">"));
    }

    [Fact]
    public async Task Html_MessageWithMarkup_Escaped()
    {
        var html = await DebugPageClient.GetHtmlAsync(DebugPageClient.Throwing(() =>
            throw new InvalidOperationException("<script>alert('x')</script> & \"quoted\"")));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;", html);
    }
}
