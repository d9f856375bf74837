// "Find support": progressive enhancements. The page works without any of this.
(function () {
  'use strict';

  // "Use my location": fills the place field with rounded coordinates (about 1 km) and searches.
  var locate = document.getElementById('use-location');
  if (locate && navigator.geolocation) {
    var status = document.getElementById('location-status');
    locate.closest('.use-location').hidden = false;
    locate.addEventListener('click', function () {
      status.textContent = locate.dataset.locating;
      navigator.geolocation.getCurrentPosition(function (position) {
        var near = document.getElementById('near');
        near.value = position.coords.latitude.toFixed(2) + ',' + position.coords.longitude.toFixed(2);
        near.form.submit();
      }, function () {
        status.textContent = locate.dataset.failed;
      }, { maximumAge: 600000, timeout: 15000 });
    });
  }

  // The map of in-person results, drawn from the list (which stays complete on its own).
  var element = document.getElementById('find-map');
  if (element && window.L) {
    element.closest('figure').hidden = false;
    var center = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = L.map(element, { scrollWheelZoom: false });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution || '', maxZoom: 18 }).addTo(map);
    }
    var area = L.circle(center, { radius: parseFloat(element.dataset.radius), weight: 1, fillOpacity: 0.05 }).addTo(map);
    L.circleMarker(center, { radius: 6 }).bindTooltip(element.dataset.you).addTo(map);
    var bounds = L.latLngBounds([center]);
    document.querySelectorAll('#in-person-groups li[data-lat]').forEach(function (item) {
      var point = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)];
      var link = item.querySelector('a');
      var marker = L.marker(point, { title: link.textContent, alt: link.textContent }).addTo(map);
      var popup = document.createElement('a');
      popup.href = link.getAttribute('href');
      popup.textContent = link.textContent;
      marker.bindPopup(popup);
      bounds.extend(point);
    });
    map.fitBounds(bounds.pad(0.2));
    if (!element.dataset.tiles) {
      map.fitBounds(area.getBounds().extend(bounds));
    }
  }
})();
