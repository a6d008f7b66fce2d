// The chat page: a WebSocket to /ws, or server-sent events from /events plus POST /messages when WebSocket is not
// available, cannot connect, or ?transport=sse asks for it. Messages are rendered with textContent only.
(() => {
  'use strict';
  const list = document.getElementById('messages');
  const form = document.getElementById('form');
  const nameInput = document.getElementById('name');
  const textInput = document.getElementById('text');
  const statusLine = document.getElementById('status');
  const errorLine = document.getElementById('error');
  let send = null;

  const status = (text, transport) => {
    statusLine.textContent = text;
    if (transport) {
      document.body.dataset.transport = transport;
      document.body.dataset.ready = 'true';
    }
  };
  const error = text => { errorLine.textContent = text || ''; };

  const show = data => {
    let message;
    try { message = JSON.parse(data); } catch { return; }
    if (message.error) { error(message.error); return; }
    const item = document.createElement('li');
    const name = document.createElement('b');
    name.textContent = String(message.name ?? '');
    item.append(name, document.createTextNode(String(message.text ?? '')));
    list.append(item);
    list.scrollTop = list.scrollHeight;
  };

  const useEventSource = () => {
    const source = new EventSource('/events');
    source.onopen = () => status('connected (server-sent events)', 'sse');
    source.onmessage = event => show(event.data);
    source.onerror = () => status('reconnecting…');
    send = async body => {
      try {
        const response = await fetch('/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        if (!response.ok) error((await response.json()).error || `error ${response.status}`);
      } catch {
        error('The server cannot be reached.');
      }
    };
  };

  const useWebSocket = () => {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    let opened = false;
    socket.onopen = () => { opened = true; status('connected (WebSocket)', 'websocket'); };
    socket.onmessage = event => show(event.data);
    socket.onclose = () => {
      if (!opened) useEventSource();          // no WebSocket through this network: fall back to events
      else status('disconnected; reload the page to reconnect');
    };
    send = async body => {
      if (socket.readyState === WebSocket.OPEN) socket.send(body);
      else error('Not connected.');
    };
  };

  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = textInput.value.trim();
    if (!text || !send) return;
    error('');
    send(JSON.stringify({ name: nameInput.value.trim(), text }));
    textInput.value = '';
    textInput.focus();
  });

  const forced = new URLSearchParams(location.search).get('transport');
  if (forced === 'sse' || !('WebSocket' in window)) useEventSource();
  else useWebSocket();
})();
