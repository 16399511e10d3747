// Starts the first session check while the app's code is still loading (a classic script from our
// own origin, so the CSP's script-src 'self' allows it). web/src/app/session.tsx picks the answers up.
(function () {
  var opts = { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } };
  try {
    window.__confidantBoot = {
      session: fetch('/api/v1/auth/session', opts),
      status: fetch('/api/v1/setup/status', opts),
    };
  } catch (e) {
    window.__confidantBoot = undefined;
  }
})();
