// Counts on the live view's call durations between server updates: each [data-elapsed] element
// holds the seconds elapsed when it was rendered, and this adds the time since then.
(function () {
    function format(seconds) {
        var hours = Math.floor(seconds / 3600);
        var minutes = Math.floor(seconds / 60) % 60;
        var rest = (hours > 0 && minutes < 10 ? '0' : '') + minutes + ':' + String(seconds % 60).padStart(2, '0');
        return hours > 0 ? hours + ':' + rest : rest;
    }
    setInterval(function () {
        var now = Date.now();
        document.querySelectorAll('[data-elapsed]').forEach(function (element) {
            if (!element.dataset.shownAt) {
                element.dataset.shownAt = now;
            }
            var seconds = Number(element.dataset.elapsed) + Math.floor((now - Number(element.dataset.shownAt)) / 1000);
            element.textContent = format(seconds);
        });
    }, 1000);
})();
