package org.plenary.positions.api;

/** What an API URL names does not exist: answered with 404 and a JSON message. */
class ApiNotFoundException extends RuntimeException {

	ApiNotFoundException(String message) {
		super(message);
	}

}
