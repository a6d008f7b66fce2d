namespace Starlette;

/// <summary>The debug page's style sheet (upstream's colours; frames are <c>&lt;details&gt;</c>, so they fold without script).</summary>
internal static class DebugPageStyles
{
    public const string Css =
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:1.5em;color:#211c1c}" +
        "h1{margin:0 0 .3em}h2.error{font-weight:normal;margin:.2em 0 1em;word-break:break-word}" +
        ".traceback-container{border:1px solid #038BB8;margin-bottom:1.5em}" +
        ".traceback-title{background:#038BB8;color:lemonchiffon;padding:12px;font-size:20px;margin:0}" +
        ".exception{padding:4px 10px}.exception-title{font-size:17px;margin:.6em 0;word-break:break-word}" +
        ".chain-label{background:#c7dce8;padding:0 6px;margin-right:6px;font-weight:normal}" +
        ".cause{margin:.8em 10px;font-style:italic}" +
        ".frame{margin:0 0 6px}.frame-title{list-style:none;padding:8px 10px;background:#E4F4FD;color:#191f21;" +
        "border:1px solid #c7dce8;cursor:pointer;word-break:break-all}" +
        ".frame-title::-webkit-details-marker{display:none}" +
        "details.frame>summary::before{content:'+';display:inline-block;width:1.2em;font-family:monospace}" +
        "details.frame[open]>summary::before{content:'\\2012'}" +
        "div.frame>.frame-title{cursor:default;color:#555;padding-left:calc(10px + 1.2em)}" +
        ".frame-filename{font-family:monospace}" +
        ".source-code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:small;margin:0;padding:6px 0;" +
        "border:1px solid #c7dce8;border-top:0;overflow-x:auto}" +
        ".frame-line{display:block;white-space:pre;padding:1px 10px}" +
        ".center-line{background:#038BB8;color:#f9f6e1}" +
        ".lineno{display:inline-block;min-width:3.5em;color:#8a9aa3;user-select:none}.center-line .lineno{color:#f9f6e1}" +
        ".request h2{font-size:20px;margin:1em 0 .4em}.request table{border-collapse:collapse;margin-bottom:1em}" +
        ".request th,.request td{border:1px solid #c7dce8;padding:4px 8px;text-align:left;vertical-align:top;" +
        "font-family:ui-monospace,Menlo,Consolas,monospace;font-size:small;word-break:break-all}" +
        ".request th{background:#E4F4FD;font-family:inherit;white-space:nowrap}" +
        ".empty{color:#8a9aa3;font-style:italic}";
}
