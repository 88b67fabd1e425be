package org.kakehashi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KakehashiApplication {

	public static void main(String[] args) {
		SpringApplication.run(KakehashiApplication.class, args);
	}

}
