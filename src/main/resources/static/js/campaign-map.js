// The map of a campaign's sites, drawn from the list (which stays complete on its own).
(function () {
  var element = document.getElementById('campaign-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var map = L.map(element, { scrollWheelZoom: false });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution || '', maxZoom: 18 }).addTo(map);
  }
  var points = [];
  document.querySelectorAll('#campaign-sites li[data-lat]').forEach(function (item) {
    var link = item.querySelector('a');
    var point = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)];
    var marker = L.marker(point, { title: link.textContent, alt: link.textContent }).addTo(map);
    marker.on('click', function () { window.location.href = link.href; });
    points.push(point);
  });
  if (points.length === 0) {
    return;
  }
  element.closest('figure').hidden = false;
  map.invalidateSize();
  map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 12 });
})();
