/* Embeddable care-team chat. Add to any page:
 *   <script src="https://ASSISTANT-HOST/webhooks/webchat/widget.js" async></script>
 * Optional: data-token="..." (a chat link's token) binds the chat to one person. A link
 * works once: the first browser to open it gets a session of its own (kept by the chat's
 * frame for that tab, so reloading the page resumes it); anywhere else it chats anonymously.
 * The chat itself runs in an iframe served by the assistant, so the site's CSS and
 * scripts cannot read or change it. */
(function () {
  var script = document.currentScript;
  var base = script.src.replace(/widget\.js(\?.*)?$/, "");
  var token = script.getAttribute("data-token");
  var button = document.createElement("button");
  button.type = "button";
  button.textContent = "Chat with your care team";
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "care-team-chat");
  button.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483000;padding:12px 18px;border:0;" +
    "border-radius:24px;background:#0b5cad;color:#fff;font:16px system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer";
  var frame = document.createElement("iframe");
  frame.id = "care-team-chat";
  frame.title = "Care team chat";
  frame.src = base + (token ? "?t=" + encodeURIComponent(token) : "");
  frame.style.cssText = "position:fixed;right:16px;bottom:72px;z-index:2147483000;width:min(380px,calc(100vw - 32px));" +
    "height:min(560px,calc(100vh - 96px));border:1px solid #dde2ea;border-radius:12px;background:#fff;display:none;" +
    "box-shadow:0 4px 16px rgba(0,0,0,.2)";
  button.addEventListener("click", function () {
    var open = frame.style.display === "none";
    frame.style.display = open ? "block" : "none";
    button.setAttribute("aria-expanded", String(open));
    if (open) { frame.focus(); }
  });
  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
