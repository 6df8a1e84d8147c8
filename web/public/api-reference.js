// Starts Swagger UI on the API reference page (kept out of the HTML so no inline script is needed).
window.SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#api-reference', deepLinking: true });
