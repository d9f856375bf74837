// The partner directory's map, drawn from the list (which stays complete on its own).
(function () {
  'use strict';
  var element = document.getElementById('partner-map');
  if (!element || !window.L) {
    return;
  }
  element.closest('figure').hidden = false;
  var map = L.map(element, { scrollWheelZoom: false });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution || '', maxZoom: 18 }).addTo(map);
  }
  var bounds = null;
  document.querySelectorAll('#partner-list li[data-lat]').forEach(function (item) {
    var point = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)];
    var link = item.querySelector('h2 a');
    var marker = L.marker(point, { title: link.textContent, alt: link.textContent }).addTo(map);
    var popup = document.createElement('a');
    popup.href = link.getAttribute('href');
    popup.textContent = link.textContent;
    marker.bindPopup(popup);
    bounds = bounds ? bounds.extend(point) : L.latLngBounds([point]);
  });
  if (bounds) {
    map.fitBounds(bounds.pad(0.3), { maxZoom: 6 });
  }
})();
