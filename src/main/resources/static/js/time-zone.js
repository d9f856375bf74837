// Remembers the visitor's time zone in a cookie so that pages can show meeting times in
// it (the server validates the value). When the page was drawn for another zone, it is
// reloaded once; without JavaScript or cookies times stay in the group's zone.
(function () {
  'use strict';
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  var value = encodeURIComponent(zone);
  var had = document.cookie.split('; ').indexOf('latch-tz=' + value) >= 0;
  if (!had) {
    document.cookie = 'latch-tz=' + value + '; path=/; max-age=31536000; SameSite=Lax';
  }
  var shown = document.querySelector('[data-time-zone]');
  var stored = document.cookie.split('; ').indexOf('latch-tz=' + value) >= 0;
  var asked = /[?&]tz=/.test(window.location.search);
  if (shown && !had && stored && !asked && shown.getAttribute('data-time-zone') !== zone) {
    // At most one reload per page and zone, even if the server refuses the zone.
    var once = window.location.pathname + ' ' + zone;
    try {
      if (window.sessionStorage.getItem('latch-tz-reloaded') === once) {
        return;
      }
      window.sessionStorage.setItem('latch-tz-reloaded', once);
    } catch (e) {
      return;
    }
    window.location.reload();
  }
}());
