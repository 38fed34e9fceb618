let () = for i = 0 to "n" do () done
