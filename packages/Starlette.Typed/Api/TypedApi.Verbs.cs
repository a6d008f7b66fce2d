// Written by generate-overloads.py beside the project: edit the script and run it, not this file.
using System.Runtime.CompilerServices;
using Starlette.Responses;

namespace Starlette.Typed;

/// <content>
/// The registration overloads: one per HTTP verb, number of handler parameters (0 to 6) and result shape. An async
/// lambda fits both the Task and the ValueTask shapes: the priorities pick Task, and any task shape over the plain one.
/// </content>
public sealed partial class TypedApi
{
    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Get<TResult>(string path, Func<TResult> handler) => AddSync(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Get<TResult>(string path, Func<Task<TResult>> handler) => AddTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<TResult>(string path, Func<ValueTask<TResult>> handler) => AddValueTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<TItem>(string path, Func<IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Get<T1, TResult>(string path, Func<T1, TResult> handler) => AddSync(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Get<T1, TResult>(string path, Func<T1, Task<TResult>> handler) => AddTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, TResult>(string path, Func<T1, ValueTask<TResult>> handler) => AddValueTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, TItem>(string path, Func<T1, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Get<T1, T2, TResult>(string path, Func<T1, T2, TResult> handler) => AddSync(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Get<T1, T2, TResult>(string path, Func<T1, T2, Task<TResult>> handler) => AddTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, TResult>(string path, Func<T1, T2, ValueTask<TResult>> handler) => AddValueTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, TItem>(string path, Func<T1, T2, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Get<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, TResult> handler) => AddSync(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Get<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, Task<TResult>> handler) => AddTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, ValueTask<TResult>> handler) => AddValueTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, TItem>(string path, Func<T1, T2, T3, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Get<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, TResult> handler) => AddSync(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Get<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, Task<TResult>> handler) => AddTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, ValueTask<TResult>> handler) => AddValueTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, T4, TItem>(string path, Func<T1, T2, T3, T4, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Get<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, TResult> handler) => AddSync(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Get<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, Task<TResult>> handler) => AddTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler) => AddValueTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, T4, T5, TItem>(string path, Func<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Get<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, TResult> handler) => AddSync(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Get<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, Task<TResult>> handler) => AddTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler) => AddValueTask(Verbs.Get, path, handler);

    /// <summary>Maps GET (and HEAD) requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Get<T1, T2, T3, T4, T5, T6, TItem>(string path, Func<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Get, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Post<TResult>(string path, Func<TResult> handler) => AddSync(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Post<TResult>(string path, Func<Task<TResult>> handler) => AddTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<TResult>(string path, Func<ValueTask<TResult>> handler) => AddValueTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<TItem>(string path, Func<IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Post<T1, TResult>(string path, Func<T1, TResult> handler) => AddSync(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Post<T1, TResult>(string path, Func<T1, Task<TResult>> handler) => AddTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, TResult>(string path, Func<T1, ValueTask<TResult>> handler) => AddValueTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, TItem>(string path, Func<T1, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Post<T1, T2, TResult>(string path, Func<T1, T2, TResult> handler) => AddSync(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Post<T1, T2, TResult>(string path, Func<T1, T2, Task<TResult>> handler) => AddTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, TResult>(string path, Func<T1, T2, ValueTask<TResult>> handler) => AddValueTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, TItem>(string path, Func<T1, T2, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Post<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, TResult> handler) => AddSync(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Post<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, Task<TResult>> handler) => AddTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, ValueTask<TResult>> handler) => AddValueTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, TItem>(string path, Func<T1, T2, T3, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Post<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, TResult> handler) => AddSync(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Post<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, Task<TResult>> handler) => AddTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, ValueTask<TResult>> handler) => AddValueTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, T4, TItem>(string path, Func<T1, T2, T3, T4, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Post<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, TResult> handler) => AddSync(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Post<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, Task<TResult>> handler) => AddTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler) => AddValueTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, T4, T5, TItem>(string path, Func<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Post<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, TResult> handler) => AddSync(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Post<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, Task<TResult>> handler) => AddTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler) => AddValueTask(Verbs.Post, path, handler);

    /// <summary>Maps POST requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Post<T1, T2, T3, T4, T5, T6, TItem>(string path, Func<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Post, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Put<TResult>(string path, Func<TResult> handler) => AddSync(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Put<TResult>(string path, Func<Task<TResult>> handler) => AddTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<TResult>(string path, Func<ValueTask<TResult>> handler) => AddValueTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<TItem>(string path, Func<IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Put<T1, TResult>(string path, Func<T1, TResult> handler) => AddSync(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Put<T1, TResult>(string path, Func<T1, Task<TResult>> handler) => AddTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, TResult>(string path, Func<T1, ValueTask<TResult>> handler) => AddValueTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, TItem>(string path, Func<T1, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Put<T1, T2, TResult>(string path, Func<T1, T2, TResult> handler) => AddSync(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Put<T1, T2, TResult>(string path, Func<T1, T2, Task<TResult>> handler) => AddTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, TResult>(string path, Func<T1, T2, ValueTask<TResult>> handler) => AddValueTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, TItem>(string path, Func<T1, T2, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Put<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, TResult> handler) => AddSync(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Put<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, Task<TResult>> handler) => AddTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, ValueTask<TResult>> handler) => AddValueTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, TItem>(string path, Func<T1, T2, T3, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Put<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, TResult> handler) => AddSync(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Put<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, Task<TResult>> handler) => AddTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, ValueTask<TResult>> handler) => AddValueTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, T4, TItem>(string path, Func<T1, T2, T3, T4, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Put<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, TResult> handler) => AddSync(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Put<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, Task<TResult>> handler) => AddTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler) => AddValueTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, T4, T5, TItem>(string path, Func<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Put<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, TResult> handler) => AddSync(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Put<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, Task<TResult>> handler) => AddTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler) => AddValueTask(Verbs.Put, path, handler);

    /// <summary>Maps PUT requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Put<T1, T2, T3, T4, T5, T6, TItem>(string path, Func<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Put, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Patch<TResult>(string path, Func<TResult> handler) => AddSync(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Patch<TResult>(string path, Func<Task<TResult>> handler) => AddTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<TResult>(string path, Func<ValueTask<TResult>> handler) => AddValueTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<TItem>(string path, Func<IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Patch<T1, TResult>(string path, Func<T1, TResult> handler) => AddSync(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Patch<T1, TResult>(string path, Func<T1, Task<TResult>> handler) => AddTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, TResult>(string path, Func<T1, ValueTask<TResult>> handler) => AddValueTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, TItem>(string path, Func<T1, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Patch<T1, T2, TResult>(string path, Func<T1, T2, TResult> handler) => AddSync(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Patch<T1, T2, TResult>(string path, Func<T1, T2, Task<TResult>> handler) => AddTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, TResult>(string path, Func<T1, T2, ValueTask<TResult>> handler) => AddValueTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, TItem>(string path, Func<T1, T2, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Patch<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, TResult> handler) => AddSync(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Patch<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, Task<TResult>> handler) => AddTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, ValueTask<TResult>> handler) => AddValueTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, TItem>(string path, Func<T1, T2, T3, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Patch<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, TResult> handler) => AddSync(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Patch<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, Task<TResult>> handler) => AddTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, ValueTask<TResult>> handler) => AddValueTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, T4, TItem>(string path, Func<T1, T2, T3, T4, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, TResult> handler) => AddSync(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, Task<TResult>> handler) => AddTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler) => AddValueTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, TItem>(string path, Func<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, TResult> handler) => AddSync(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, Task<TResult>> handler) => AddTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler) => AddValueTask(Verbs.Patch, path, handler);

    /// <summary>Maps PATCH requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Patch<T1, T2, T3, T4, T5, T6, TItem>(string path, Func<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Patch, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Delete<TResult>(string path, Func<TResult> handler) => AddSync(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Delete<TResult>(string path, Func<Task<TResult>> handler) => AddTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<TResult>(string path, Func<ValueTask<TResult>> handler) => AddValueTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<TItem>(string path, Func<IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Delete<T1, TResult>(string path, Func<T1, TResult> handler) => AddSync(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Delete<T1, TResult>(string path, Func<T1, Task<TResult>> handler) => AddTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, TResult>(string path, Func<T1, ValueTask<TResult>> handler) => AddValueTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, TItem>(string path, Func<T1, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Delete<T1, T2, TResult>(string path, Func<T1, T2, TResult> handler) => AddSync(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Delete<T1, T2, TResult>(string path, Func<T1, T2, Task<TResult>> handler) => AddTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, TResult>(string path, Func<T1, T2, ValueTask<TResult>> handler) => AddValueTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, TItem>(string path, Func<T1, T2, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Delete<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, TResult> handler) => AddSync(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Delete<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, Task<TResult>> handler) => AddTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, TResult>(string path, Func<T1, T2, T3, ValueTask<TResult>> handler) => AddValueTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, TItem>(string path, Func<T1, T2, T3, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Delete<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, TResult> handler) => AddSync(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Delete<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, Task<TResult>> handler) => AddTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, T4, TResult>(string path, Func<T1, T2, T3, T4, ValueTask<TResult>> handler) => AddValueTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, T4, TItem>(string path, Func<T1, T2, T3, T4, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, TResult> handler) => AddSync(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, Task<TResult>> handler) => AddTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, TResult>(string path, Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler) => AddValueTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, TItem>(string path, Func<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, TResult> handler) => AddSync(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, Task<TResult>> handler) => AddTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, T6, TResult>(string path, Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler) => AddValueTask(Verbs.Delete, path, handler);

    /// <summary>Maps DELETE requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Delete<T1, T2, T3, T4, T5, T6, TItem>(string path, Func<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Delete, path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Map<TResult>(IEnumerable<string> methods, string path, Func<TResult> handler) => AddSync(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Map<TResult>(IEnumerable<string> methods, string path, Func<Task<TResult>> handler) => AddTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<TResult>(IEnumerable<string> methods, string path, Func<ValueTask<TResult>> handler) => AddValueTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 0 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<TItem>(IEnumerable<string> methods, string path, Func<IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Map<T1, TResult>(IEnumerable<string> methods, string path, Func<T1, TResult> handler) => AddSync(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Map<T1, TResult>(IEnumerable<string> methods, string path, Func<T1, Task<TResult>> handler) => AddTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, TResult>(IEnumerable<string> methods, string path, Func<T1, ValueTask<TResult>> handler) => AddValueTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 1 parameter, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, TItem>(IEnumerable<string> methods, string path, Func<T1, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Map<T1, T2, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, TResult> handler) => AddSync(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Map<T1, T2, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, Task<TResult>> handler) => AddTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, ValueTask<TResult>> handler) => AddValueTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 2 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, TItem>(IEnumerable<string> methods, string path, Func<T1, T2, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Map<T1, T2, T3, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, TResult> handler) => AddSync(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Map<T1, T2, T3, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, Task<TResult>> handler) => AddTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, ValueTask<TResult>> handler) => AddValueTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 3 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, TItem>(IEnumerable<string> methods, string path, Func<T1, T2, T3, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Map<T1, T2, T3, T4, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, TResult> handler) => AddSync(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Map<T1, T2, T3, T4, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, Task<TResult>> handler) => AddTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, T4, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, ValueTask<TResult>> handler) => AddValueTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 4 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, T4, TItem>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Map<T1, T2, T3, T4, T5, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, TResult> handler) => AddSync(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Map<T1, T2, T3, T4, T5, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, Task<TResult>> handler) => AddTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, T4, T5, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, ValueTask<TResult>> handler) => AddValueTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 5 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, T4, T5, TItem>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    public TypedEndpoint Map<T1, T2, T3, T4, T5, T6, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, T6, TResult> handler) => AddSync(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(2)]
    public TypedEndpoint Map<T1, T2, T3, T4, T5, T6, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, T6, Task<TResult>> handler) => AddTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TResult">The handler's asynchronous result: an object written as JSON, or a <see cref="Response"/> sent as it is.</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, T4, T5, T6, TResult>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, T6, ValueTask<TResult>> handler) => AddValueTask(Verbs.Of(methods), path, handler);

    /// <summary>Maps the given methods requests to <paramref name="path"/> to a handler of 6 parameters, bound as the <see cref="TypedApi"/> remarks say.</summary>
    /// <typeparam name="T1">The type of the handler's parameter 1.</typeparam>
    /// <typeparam name="T2">The type of the handler's parameter 2.</typeparam>
    /// <typeparam name="T3">The type of the handler's parameter 3.</typeparam>
    /// <typeparam name="T4">The type of the handler's parameter 4.</typeparam>
    /// <typeparam name="T5">The type of the handler's parameter 5.</typeparam>
    /// <typeparam name="T6">The type of the handler's parameter 6.</typeparam>
    /// <typeparam name="TItem">The type of the events streamed as server-sent events (text/event-stream): a <see cref="ServerSentEvent"/>, a string (the data) or an object (its JSON as the data).</typeparam>
    /// <param name="methods">The HTTP methods.</param>
    /// <param name="path">The path template, such as <c>/items/{id:int}</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>The endpoint, to name and describe.</returns>
    [OverloadResolutionPriority(1)]
    public TypedEndpoint Map<T1, T2, T3, T4, T5, T6, TItem>(IEnumerable<string> methods, string path, Func<T1, T2, T3, T4, T5, T6, IAsyncEnumerable<TItem>> handler) => AddStream(Verbs.Of(methods), path, handler);
}
