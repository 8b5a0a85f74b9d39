// The Mini App: reads Telegram's launch data from the URL fragment (no third-party script is loaded),
// applies the Telegram theme, and shows the signed-in user's progress from the bot's own API.
"use strict";

(function () {
  var launch = new URLSearchParams(window.location.hash.slice(1));
  var initData = launch.get("tgWebAppData") || "";

  // Telegram's client bridges: the in-app webview, the desktop client, and the web client's iframe.
  function postEvent(type, data) {
    var payload = JSON.stringify(data || {});
    try {
      if (window.TelegramWebviewProxy && window.TelegramWebviewProxy.postEvent) {
        window.TelegramWebviewProxy.postEvent(type, payload);
      } else if (window.external && "notify" in window.external) {
        window.external.notify(JSON.stringify({ eventType: type, eventData: data || {} }));
      } else if (window.parent !== window) {
        window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data || {} }), "*");
      }
    } catch (error) {
      // Outside Telegram there is nobody to tell; the page works the same.
    }
  }

  function luminance(hex) {
    var match = /^#?([0-9a-f]{6})$/i.exec(hex || "");
    if (!match) return null;
    var value = parseInt(match[1], 16);
    var r = (value >> 16) & 255, g = (value >> 8) & 255, b = value & 255;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  }

  // Telegram's themeParams become --tg-theme-* variables (CSSOM, which the CSP allows); app.css
  // reads them with light and dark fallbacks.
  function applyTheme(theme) {
    if (!theme || typeof theme !== "object") return;
    var root = document.documentElement;
    Object.keys(theme).forEach(function (key) {
      if (/^[a-z_]+$/.test(key) && /^#[0-9a-f]{3,8}$/i.test(String(theme[key]))) {
        root.style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), theme[key]);
      }
    });
    var light = luminance(theme.bg_color);
    if (light !== null) root.dataset.scheme = light < 0.5 ? "dark" : "light";
  }

  try {
    applyTheme(JSON.parse(launch.get("tgWebAppThemeParams") || "null"));
  } catch (error) {
    // A malformed theme leaves the page in its own light or dark colours.
  }
  // Theme changes while the page is open: from the mobile clients, and from the web client.
  window.Telegram = window.Telegram || {};
  window.Telegram.WebView = window.Telegram.WebView || {
    receiveEvent: function (type, data) {
      if (type === "theme_changed" && data) applyTheme(data.theme_params);
    },
  };
  window.addEventListener("message", function (event) {
    try {
      var message = JSON.parse(event.data);
      if (message.eventType === "theme_changed") applyTheme(message.eventData.theme_params);
    } catch (error) {
      // Not a message from Telegram.
    }
  });

  function show(id) {
    document.getElementById("loading").hidden = true;
    document.getElementById(id).hidden = false;
  }

  function load() {
    postEvent("web_app_ready");
    if (!initData) {
      show("refusal");
      return;
    }
    fetch("api/summary", {
      method: "POST",
      headers: { Authorization: "tma " + initData },
      credentials: "omit",
      cache: "no-store",
    })
      .then(function (response) {
        if (response.status === 401) return show("refusal");
        if (response.status === 404) return show("not-started");
        if (!response.ok) return show("failed");
        return response.json().then(function (body) {
          // The fragment is built by the bot with every user text escaped.
          document.getElementById("content").innerHTML = body.html;
          postEvent("web_app_expand");
        });
      })
      .catch(function () {
        show("failed");
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", load);
  } else {
    load();
  }
})();
